/**
 * Logo mark and wordmark. The mark is Ngã Bảy's seven rivers swirling into one
 * point ("Hậu Giang hội tụ"), the gold centre standing for the Cầu Đúc pineapple.
 * The mark is decorative: the visible name is the accessible name of the link.
 */
/** The mark's drawing in its 48 × 48 box; also the media kit's SVG and PNG files (app/press/media-kit.server.tsx). */
export function BrandMarkShapes() {
  return (
    <>
      <circle cx="24" cy="24" r="24" fill="#0a4a5c" />
      <g fill="none" strokeLinecap="round" strokeWidth="2.6">
        <path
          stroke="#8fcfd8"
          d="M24 2.5Q29.1 13.4 24 24M45 28.8Q33.2 31.4 24 24M14.7 43.4Q14.7 31.4 24 24M7.2 10.6Q18.9 13.3 24 24"
        />
        <path stroke="#9fd38a" d="M40.8 10.6Q35.5 21.4 24 24M33.3 43.4Q24 35.8 24 24M3 28.8Q12.5 21.4 24 24" />
      </g>
      <circle cx="24" cy="24" r="7" fill="#f6c343" stroke="#0a4a5c" strokeWidth="2" />
      <path d="M24 19.8l4.2 4.2-4.2 4.2-4.2-4.2z" fill="none" stroke="#b7791f" strokeWidth="1.3" />
    </>
  );
}

export function BrandMark({ className = "brand__mark" }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 48 48" width="44" height="44" aria-hidden="true" focusable="false">
      <BrandMarkShapes />
    </svg>
  );
}

export function Brand({ name, sub }: { name: string; sub: string }) {
  return (
    <>
      <BrandMark />
      <span className="brand__text">
        <span className="brand__name">{name}</span>
        <span className="brand__sub">{sub}</span>
      </span>
    </>
  );
}
