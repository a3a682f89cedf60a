import { Field, ID, ObjectType } from '@nestjs/graphql';
import { orgUnitPath, type OrgChartState, type OrgUnitKind, type OrgUnitNode } from '@tracker/domain';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { OrgUnitKindEnum } from '../graphql/enums';

@ObjectType('OrgUnit', { description: '组织: an org unit of the company (bureau, branch, union, sub-bureau, …)' })
export class OrgUnitModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OrgUnitKindEnum) kind!: OrgUnitKind;
  @Field(() => ID, { nullable: true }) parentId?: string;
  @Field(() => [String], { description: 'Names from the root down, e.g. ["南区局", "康健支局"]' }) path!: string[];
  @Field() retired!: boolean;
  @Field(() => CalendarDateScalar, { nullable: true }) retiredOn?: string;

  static from(chart: OrgChartState, node: OrgUnitNode): OrgUnitModel {
    return Object.assign(new OrgUnitModel(), {
      id: node.id,
      name: node.name,
      kind: node.kind,
      parentId: node.parentId,
      path: orgUnitPath(chart, node.id),
      retired: node.retired,
      retiredOn: node.retiredOn,
    });
  }
}

@ObjectType('OrgUnitPayload')
export class OrgUnitPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => OrgUnitModel) orgUnit!: OrgUnitModel;
}
