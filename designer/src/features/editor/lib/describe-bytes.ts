/** A byte count as people say it: `1 MB`, `512 KB`, `300 bytes` (binary units, as the server's limits are). */
const units: [number, string][] = [
  [1024 * 1024, 'MB'],
  [1024, 'KB'],
];

export const describeBytes = (bytes: number) => {
  const unit = units.find(([size]) => bytes >= size);
  return unit ? `${Math.round((bytes / unit[0]) * 10) / 10} ${unit[1]}` : `${bytes} bytes`;
};
