import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { LedgerPage } from '@tracker/projections';

@ObjectType('PageInfo', { description: 'Where a page ends: pass endCursor as `after` for the next one' })
export class PageInfoModel {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfoModel;
  totalCount: number;
}

type NodeClass<Node> = abstract new () => Node;

/** `<Name>Connection { edges { cursor node } pageInfo { hasNextPage endCursor } totalCount }` for one kind of node. */
export function connectionType<Node>(name: string, node: NodeClass<Node>): new () => Connection<Node> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ description: 'Opaque: pass it as `after` to continue after this record' }) cursor!: string;
    @Field(() => node) node!: Node;
  }

  @ObjectType(`${name}Connection`, { description: 'One page of a ledger, by date then recorded order' })
  class ConnectionModel implements Connection<Node> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
    @Field(() => Int, { description: 'Every record the filter matches, on all pages' }) totalCount!: number;
  }
  return ConnectionModel;
}

/** A library page as its connection, each row made a node. */
export function connectionOf<Row, Node>(page: LedgerPage<Row>, toNode: (row: Row) => Node): Connection<Node> {
  return {
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toNode(edge.node) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
