/** Messages of the compute pipeline (Chinese, user-facing). */
export const COMPUTE_MSG = {
  userSheetInTheWay: (name: string) =>
    `工作簿中已有名为“${name}”的工作表，且不是本工具生成的；为避免覆盖您的数据，本次未写入任何结果。请将该工作表改名或删除后重新计算`,
  periodWithoutData: (period: string, months: readonly string[]) =>
    months.length === 0
      ? `期间${period}没有任何统计或台账数据：受理统计、办理统计、台账中均未找到月份数据`
      : `期间${period}没有任何统计或台账数据；工作簿中有数据的月份为：${months.join("、")}`,
};
