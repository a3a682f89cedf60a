import { Card, Col, Row, Typography } from 'antd';
import { FigureList } from '../../../components/figure-list';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { headlineCards } from '../headline-figures';

export const HeadlineCards_Section = graphql(`
  fragment HeadlineCards_Section on CommunityResponsibilitySection {
    charity {
      relief {
        personTimes
        amount
      }
      donatedTotal
      campaigns {
        campaignId
        name
        amount
        donorCount
        unionCount
      }
    }
    volunteering {
      activities {
        count
        personTimes
        volunteerHours
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

/** The headline figures of the year, one card per part of the report section. */
export function HeadlineCards(props: { readonly section: FragmentType<typeof HeadlineCards_Section> }) {
  const section = getFragmentData(HeadlineCards_Section, props.section);
  return (
    <Row gutter={[16, 16]} role="list" aria-label="主要数据">
      {headlineCards(section).map((card) => (
        <Col key={card.title} xs={24} sm={12} lg={8} xl={6} role="listitem">
          <Card title={<h2 className="card-heading">{card.title}</h2>} style={{ height: '100%' }}>
            <FigureList figures={card.figures} />
            {card.note ? (
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {card.note}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
