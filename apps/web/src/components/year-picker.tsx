import { Select } from 'antd';
import { useId } from 'react';
import { useSelectedYear } from '../hooks/use-selected-year';
import { selectableYears } from '../lib/year';

/** The header's year picker: every page reads the same year from the URL. */
export function YearPicker() {
  const [year, setYear] = useSelectedYear();
  const id = useId();
  const options = selectableYears().map((value) => ({ value, label: `${value}年` }));
  return (
    <span className="year-picker">
      <label htmlFor={id} className="year-picker-label">
        年度
      </label>
      <Select id={id} virtual={false} value={year} onChange={setYear} options={options} popupMatchSelectWidth={false} style={{ width: 100 }} />
    </span>
  );
}
