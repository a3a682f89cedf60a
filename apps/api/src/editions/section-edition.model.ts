// 版本 a published edition of the 社区责任 section (docs/design.md §16) and how far the live
// section has moved from the newest one.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PublishedFigures } from '@tracker/domain';
import { type AllPosition, formatPosition } from '@tracker/event-store';
import type { CommunityResponsibilitySection as Section } from '@tracker/projections';
import { CommunityResponsibilitySection } from '../community-responsibility/section.model';
import { DateTimeScalar } from '../graphql/scalars/date-time.scalar';
import type { SectionChange as Change } from './section-changes';
import type { PublishedEdition } from './section-edition.reader';

@ObjectType({ description: '版本: the section of a year and scope exactly as it was published; it never changes' })
export class SectionEdition {
  @Field(() => ID, { description: 'e.g. "2023-all-v1" or "2023-<org unit id>-v2"' }) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => ID, { nullable: true, description: 'The scope (this unit and its descendants); null for the whole company' }) orgUnitId!: string | null;
  @Field(() => [String], { nullable: true, description: 'The scope’s names as they were when it was published' }) orgUnitPath!: string[] | null;
  @Field(() => Int, { description: '1, 2, … per year and scope' }) version!: number;
  @Field(() => DateTimeScalar) publishedAt!: Date;
  @Field({ description: 'Subject of the token that published it' }) publishedBy!: string;
  @Field({ description: 'The publisher’s name, as the token carried it' }) publisherName!: string;
  @Field({
    description:
      'The event-log position its figures were read at: what was recorded after it is an adjustment. After a restore or a move to another event store, the position the same event has there',
  })
  position!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => CommunityResponsibilitySection, { description: 'The totals as published' }) section!: CommunityResponsibilitySection;
  @Field({ description: 'The report text as published (Markdown, Chinese)' }) report!: string;

  /** `position`: where the edition stands in the log it is read from (SectionEditionReader.positionNow). */
  static of(edition: PublishedEdition, position: AllPosition): SectionEdition {
    return Object.assign(new SectionEdition(), {
      id: edition.editionId,
      year: edition.year,
      orgUnitId: edition.orgUnitId ?? null,
      orgUnitPath: edition.orgUnitPath ? [...edition.orgUnitPath] : null,
      version: edition.version,
      publishedAt: new Date(edition.publishedAt),
      publishedBy: edition.publishedBy,
      publisherName: edition.publisherName,
      position: formatPosition(position),
      note: edition.note ?? null,
      section: publishedSection(edition),
      report: edition.report,
    });
  }
}

/**
 * The figures as the section they are: the section the read model answered when the edition was
 * published, stored as JSON by this app (the domain keeps them without reading them). The parts
 * every edition has carried are checked at this boundary instead of cast.
 */
export function publishedSection(edition: PublishedEdition): Section {
  const figures = edition.section;
  if (!isSection(figures)) throw new TypeError(`edition ${edition.editionId} carries figures that are not a section`);
  return figures;
}

function isSection(figures: PublishedFigures): figures is PublishedFigures & Section {
  return SECTION_PARTS.every((part) => typeof figures[part] === 'object' && figures[part] !== null);
}

const SECTION_PARTS = ['charity', 'volunteering', 'b4si'] as const satisfies readonly (keyof Section)[];

@ObjectType({ description: 'One figure that differs between the newest edition and the live section' })
export class SectionChange {
  @Field({ description: 'A stable name, e.g. charity.relief.amount or byProgram.LEI_FENG.count' }) figure!: string;
  @Field({ description: 'The figure’s name in Chinese' }) label!: string;
  @Field(() => String, { nullable: true, description: 'As published (null: the figure did not exist then)' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'Now (null: the figure is gone)' }) after!: string | null;
  @Field(() => String, { nullable: true, description: 'after − before, signed, for a number' }) difference!: string | null;

  static of(change: Change): SectionChange {
    return Object.assign(new SectionChange(), change);
  }
}

@ObjectType({ description: 'How far the live section has moved from the newest published edition' })
export class SinceEdition {
  @Field(() => ID) editionId!: string;
  @Field(() => Int) version!: number;
  @Field(() => DateTimeScalar) publishedAt!: Date;
  @Field(() => [SectionChange], { description: 'Empty when nothing changed since' }) changes!: SectionChange[];
}
