// Prettier: the one formatting of the repository (`npm run format`; `npm run lint` checks it).
/** @type {import("prettier").Config} */
export default {
  printWidth: 120,
};
