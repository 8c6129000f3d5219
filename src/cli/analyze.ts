/** `news-lens analyze`: not yet built. */
export async function runAnalyze(_args: string[]): Promise<number> {
  process.stderr.write('news-lens analyze: not available yet\n');
  return 2;
}
