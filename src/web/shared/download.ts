// Chart downloads: the SVG string as a file, and a PNG drawn from it on a canvas at 2× scale.

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves the chart as `<name>.svg`. */
export function downloadSvg(svg: string, name: string) {
  save(new Blob([svg], { type: "image/svg+xml" }), `${name}.svg`);
}

const sizeOf = (svg: string) => {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 720);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 400);
  return { width, height };
};

/** Draws the SVG on a canvas at `scale` and resolves to a PNG blob. */
export function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  return new Promise<Blob>((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext("2d");
      if (!context) return reject(new Error("This browser cannot draw on a canvas."));
      context.fillStyle = "white";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made."))),
        "image/png",
      );
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("The chart could not be drawn as an image."));
    };
    image.src = url;
  });
}

/** Saves the chart as `<name>.png` (2× scale). */
export async function downloadPng(svg: string, name: string) {
  save(await svgToPng(svg), `${name}.png`);
}
