/**
 * Small decorative dividers drawn from the identity: "rivers" (three canals
 * meeting at one point, the convergence theme) and "fields" (rice-field stripes).
 * They colour themselves from `currentColor` so a section can tint them with CSS.
 */
type MotifKind = "rivers" | "fields";

export function Motif({ kind = "rivers", className = "" }: { kind?: MotifKind; className?: string }) {
  return (
    <svg
      className={`motif motif--${kind} ${className}`.trim()}
      viewBox="0 0 192 24"
      width="192"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      {kind === "rivers" ? (
        <g fill="none" stroke="currentColor" strokeLinecap="round" strokeWidth="3">
          <path d="M2 4Q60 4 96 12T190 20" />
          <path d="M2 20Q60 20 96 12T190 4" opacity="0.6" />
          <path d="M2 12H190" opacity="0.35" />
          <circle cx="96" cy="12" r="5" fill="#f6c343" stroke="none" />
        </g>
      ) : (
        <g fill="currentColor">
          <path d="M0 4h40l-6 4H0zM48 4h40l-6 4H42zM96 4h40l-6 4H90zM144 4h48v4h-54z" />
          <path d="M0 14h52l-6 4H0zM60 14h52l-6 4H54zM120 14h72v4h-78z" opacity="0.55" />
        </g>
      )}
    </svg>
  );
}
