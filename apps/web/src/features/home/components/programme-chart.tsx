import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import { Chart } from '../../../components/chart';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { programmeChart } from '../programme-chart-option';

export const ProgrammeChart_Activities = graphql(`
  fragment ProgrammeChart_Activities on ActivityTotals {
    byProgram {
      program
      count
      personTimes
    }
  }
`);

/** 志愿服务 by programme: activities (场次) and volunteers (人次) side by side. */
export function ProgrammeChart(props: { readonly activities: FragmentType<typeof ProgrammeChart_Activities> }) {
  const { byProgram } = getFragmentData(ProgrammeChart_Activities, props.activities);
  const chart = useMemo(() => programmeChart(byProgram), [byProgram]);
  return (
    <Card title={<h2 className="card-heading">各项目志愿服务</h2>}>
      {chart ? <Chart option={chart.option} height={chart.height} description={chart.description} /> : <Empty description="本年度暂无志愿服务活动" />}
    </Card>
  );
}
