// The lines every benchmark prints for the one table of `npm run bench` (`bench/run.ts` collects them).

/** The marker of a figure line among a benchmark's other output. */
export const FIGURE_MARK = '@bench';

/**
 * One figure for the one table `npm run bench` prints (`bench/run.ts` collects these lines from every benchmark):
 * what was measured, ours, the baseline measured in the same run (if any), and the goal as a ratio (if any).
 */
export function reportFigure(figure: { name: string; value: number; unit: string; baseline?: number; baselineName?: string; goal?: string }): void {
  console.log([FIGURE_MARK, figure.name, String(figure.value), figure.unit, figure.baseline === undefined ? '' : String(figure.baseline), figure.baselineName ?? '', figure.goal ?? ''].join('\t'));
}
