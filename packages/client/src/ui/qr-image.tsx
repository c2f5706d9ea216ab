// A QR code for a link, drawn by the qrcode library: the facilitator's handout and devices page,
// and the table's invite (#21, item 1). The library is loaded with the first code drawn, not with
// the page (#19).

import { useEffect, useState } from "preact/hooks";
import { colour } from "../theme/palette.ts";

/** A QR code image for a link; `className` styles it (the facilitator's pages use `fac-qr`). */
export function QrImage({
  url,
  label,
  size = 176,
  className = "fac-qr",
}: {
  url: string;
  label: string;
  size?: number;
  className?: string;
}) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import("qrcode")
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(url, { margin: 1, width: size * 2, color: { dark: colour.ink, light: colour.white } }),
      )
      .then(
        (d) => live && setSrc(d),
        () => live && setSrc(null),
      );
    return () => {
      live = false;
    };
  }, [url, size]);
  return src ? (
    <img class={className} src={src} alt={label} width={size} height={size} />
  ) : (
    <span class={`${className} ${className}-empty`} style={{ width: size, height: size }} />
  );
}
