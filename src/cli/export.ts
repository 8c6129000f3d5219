/** `news-lens export`: not yet built. */
export async function runExport(_args: string[]): Promise<number> {
  process.stderr.write('news-lens export: not available yet\n');
  return 2;
}
