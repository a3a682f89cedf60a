import { Button, Card, Col, Row, theme } from 'antd';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { type FigureGroup, figureGroups, type SectionFigure } from '../section-figures';

export const SectionFigures_Section = graphql(`
  fragment SectionFigures_Section on CommunityResponsibilitySection {
    charity {
      relief {
        personTimes
        amount
      }
      donatedTotal
      campaigns {
        campaignId
        donorCount
      }
    }
    volunteering {
      activities {
        count
        personTimes
        volunteerHours
        beneficiaries
        byProgram {
          program
          count
          personTimes
          sites
        }
      }
      examSentinel {
        exams
        sites
        supports
      }
      agreements {
        signed
        active
        partners
      }
      booths {
        booths
        sessions
        peopleServed
      }
    }
  }
`);

/** The section's figures, each a button that opens the records behind it. */
export function SectionFigures(props: { readonly section: FragmentType<typeof SectionFigures_Section>; readonly onOpen: (group: FigureGroup, figure: SectionFigure) => void }) {
  const section = getFragmentData(SectionFigures_Section, props.section);
  const { token } = theme.useToken();
  return (
    <Row gutter={[12, 12]} role="list" aria-label="章节数据">
      {figureGroups(section).map((group) => (
        <Col key={group.title} xs={24} sm={12} role="listitem">
          <Card size="small" title={<h3 className="card-heading">{group.title}</h3>} style={{ height: '100%' }}>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: token.marginXS }}>
              {group.figures.map((figure) => (
                <Button
                  key={figure.label}
                  aria-label={`${group.title}${figure.label} ${figure.value} ${figure.unit}，查看明细`}
                  onClick={() => props.onOpen(group, figure)}
                  style={{ height: 'auto', padding: `${token.paddingXXS}px ${token.paddingSM}px`, display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0 }}
                >
                  <span style={{ color: token.colorTextSecondary, fontSize: token.fontSizeSM }}>{figure.label}</span>
                  <span style={{ fontSize: token.fontSizeLG, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                    {figure.value} <span style={{ fontSize: token.fontSizeSM, fontWeight: 400 }}>{figure.unit}</span>
                  </span>
                </Button>
              ))}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
