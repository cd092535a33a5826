import { Checkbox } from 'antd';

/**
 * A list of materials to tick with Space (what the applicant brought, what was corrected): one
 * checkbox each, one Tab stop each, `data-testid` = `${testIdPrefix}-${materialId}`.
 */
export function MaterialTicks({
  materials,
  ticked,
  onChange,
  testIdPrefix,
  autoFocus = false,
}: {
  materials: ReadonlyArray<{ id: string; name: string }>;
  ticked: readonly string[];
  onChange(ticked: string[]): void;
  testIdPrefix: string;
  autoFocus?: boolean;
}) {
  return (
    <>
      {materials.map((x, i) => (
        <div key={x.id} style={{ marginBottom: 6 }}>
          <Checkbox
            autoFocus={autoFocus && i === 0}
            checked={ticked.includes(x.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...ticked, x.id] : ticked.filter((id) => id !== x.id))
            }
            data-testid={`${testIdPrefix}-${x.id}`}
          >
            {x.name}
          </Checkbox>
        </div>
      ))}
    </>
  );
}
