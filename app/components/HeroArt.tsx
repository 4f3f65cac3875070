/**
 * Decorative hero illustration, no raster: Ngã Bảy's seven rivers converging on
 * Bé Khóm, the Cầu Đúc pineapple, over striped rice fields. Hidden from assistive
 * technology because it carries no information the text does not.
 * The ids are prefixed because inline SVG ids share the page's id space.
 */
const RIVERS =
  "M238 12Q268 119 200 200M371 112Q306 203 200 200M375 279Q264 284 200 200M247 386Q174 302 200 200M84 353Q104 243 200 200M8 205Q106 152 200 200M77 53Q179 96 200 200";

export function HeroArt() {
  return (
    <svg viewBox="0 0 400 400" width="400" height="400" aria-hidden="true" focusable="false" className="hero-art">
      <defs>
        <clipPath id="hg-hero-disc">
          <circle cx="200" cy="200" r="192" />
        </clipPath>
        <clipPath id="hg-hero-khom">
          <ellipse cx="200" cy="226" rx="31" ry="39" />
        </clipPath>
      </defs>
      <circle cx="200" cy="200" r="192" fill="#0e5466" />
      <g clipPath="url(#hg-hero-disc)">
        <g transform="rotate(-12 200 300)" opacity="0.85">
          <path
            fill="#2e6b34"
            d="M-40 236h480v12H-40zM-40 276h480v12H-40zM-40 316h480v12H-40zM-40 356h480v12H-40zM-40 396h480v12H-40z"
          />
          <path fill="#5a9e4b" d="M-40 256h480v9H-40zM-40 296h480v9H-40zM-40 336h480v9H-40zM-40 376h480v9H-40z" />
        </g>
        <g fill="none" strokeLinecap="round">
          <path stroke="#2a8fa0" strokeWidth="16" d="M238 12Q268 119 200 200" />
          <path stroke="#8fcfd8" strokeWidth="10" d="M371 112Q306 203 200 200" />
          <path stroke="#2a8fa0" strokeWidth="13" d="M375 279Q264 284 200 200" />
          <path stroke="#5bb3c0" strokeWidth="9" d="M247 386Q174 302 200 200" />
          <path stroke="#8fcfd8" strokeWidth="12" d="M84 353Q104 243 200 200" />
          <path stroke="#2a8fa0" strokeWidth="11" d="M8 205Q106 152 200 200" />
          <path stroke="#9fd38a" strokeWidth="8" d="M77 53Q179 96 200 200" />
          <path
            className="hero-art__flow"
            stroke="#fff"
            strokeOpacity="0.55"
            strokeWidth="2"
            strokeDasharray="2 18"
            d={RIVERS}
          />
        </g>
      </g>
      <circle
        cx="200"
        cy="200"
        r="196"
        fill="none"
        stroke="#f6c343"
        strokeOpacity="0.5"
        strokeWidth="2"
        strokeDasharray="1 9"
        strokeLinecap="round"
      />
      <g fill="none" stroke="#f6c343" strokeWidth="2">
        <circle cx="200" cy="215" r="62" strokeOpacity="0.35" />
        <circle cx="200" cy="215" r="86" strokeOpacity="0.18" />
      </g>
      {/* Bé Khóm: crown, body, lattice of pineapple eyes */}
      <g transform="translate(200 215) scale(1.3) translate(-200 -215)">
        <path
          fill="#5a9e4b"
          d="M200 192l-9-44 9 12 9-12zM196 192l-30-36 20 9zM204 192l30-36-20 9zM194 194l-36-14 18-1zM206 194l36-14-18-1z"
        />
        <path fill="#9fd38a" d="M200 190l-4-30 4 6 4-6z" />
        <ellipse cx="200" cy="226" rx="31" ry="39" fill="#f6c343" />
        <g clipPath="url(#hg-hero-khom)" stroke="#c98a1a" strokeWidth="2.5">
          <path d="M116 180l84 84M129 180l84 84M142 180l84 84M155 180l84 84M168 180l84 84M181 180l84 84M194 180l84 84M207 180l84 84M220 180l84 84M233 180l84 84M164 180l-84 84M177 180l-84 84M190 180l-84 84M203 180l-84 84M216 180l-84 84M229 180l-84 84M242 180l-84 84M255 180l-84 84M268 180l-84 84M281 180l-84 84" />
        </g>
        <ellipse cx="200" cy="226" rx="31" ry="39" fill="none" stroke="#0b3b4a" strokeWidth="3" />
      </g>
    </svg>
  );
}
