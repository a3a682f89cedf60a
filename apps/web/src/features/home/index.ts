// 首页 home: the year's 社区责任 at a glance.
export { useHomeSection } from './api/home-section';
export { HeadlineCards } from './components/headline-cards';
export { ProgrammeChart } from './components/programme-chart';
export { HomeExtras, UnitChart } from './components/home-extras';
