/** `news-lens reanchor`: not yet built. */
export async function runReanchor(_args: string[]): Promise<number> {
  process.stderr.write('news-lens reanchor: not available yet\n');
  return 2;
}
