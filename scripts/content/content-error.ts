/**
 * A problem in authored content. The build prints it as `file: field: problem` and stops, so an
 * author can go straight to the line that needs fixing.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'ContentError';
  }
}
