/** The per-request CSP nonce, handed from server.js through entry.server to <Scripts>. */
import { createContext, useContext } from "react";

const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
