import { useEffect, useState } from "react";

/**
 * Shows an SVG string as an image (a blob URL), so nothing in it can run or restyle the page
 * whatever the map's text contains.
 */
export function SvgImage({ svg, alt }: { svg: string; alt: string }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const u = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [svg]);
  return url ? <img src={url} alt={alt} className="map-picture" /> : null;
}
