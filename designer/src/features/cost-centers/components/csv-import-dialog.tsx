import { useId, useState } from 'react';
import { Button, Dialog, TextAreaField, notify } from '@/components';
import { errorMessage, isApiError } from '@/lib/api-error';
import type { ProblemItem } from '@/types/api';
import { useImportMasterDataCsv, type ImportTarget } from '../api/import-master-data-csv';
import { readFileText } from '../lib/read-file-text';

const examples: Record<ImportTarget, { title: string; header: string; sample: string }> = {
  'cost-centers': {
    title: 'Import cost centers',
    header: 'code,name,active,effectiveFrom,effectiveTo,erpId',
    sample: 'code,name,active,effectiveFrom,effectiveTo,erpId\nONC,Oncology,true,2026-01-01,,',
  },
  mappings: {
    title: 'Import mappings',
    header: 'kind,sourceCode,costCenterCode',
    sample: 'kind,sourceCode,costCenterCode\nDepartment,ONC,ONC',
  },
};

const rowLabel = (item: ProblemItem) => [item.row ? `Row ${item.row}` : null, item.column ?? item.field].filter(Boolean).join(', ');

/** A CSV file from disk or pasted; all rows or none are imported, and every bad row is listed as the server found it. */
export function CsvImportDialog({ target, onClose }: { target: ImportTarget; onClose: () => void }) {
  const fileId = useId();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<ProblemItem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const importCsv = useImportMasterDataCsv();
  const example = examples[target];

  const send = () => {
    setRowErrors([]);
    setFailure(null);
    importCsv.mutate(
      { target, csv },
      {
        onSuccess: (counts) => {
          notify(`Imported: ${counts.inserted} new, ${counts.updated} updated, ${counts.unchanged} unchanged.`, 'success');
          onClose();
        },
        onError: (error) => {
          setFailure(errorMessage(error));
          if (isApiError(error)) setRowErrors(error.problemItems);
        },
      },
    );
  };

  return (
    <Dialog
      open
      size="lg"
      title={example.title}
      onClose={onClose}
      testId="csv-import-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={send} busy={importCsv.isPending} disabled={!csv.trim()}>
            Import
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>
          A CSV file with a header row: <code className="mono">{example.header}</code>. Every row is checked first: if any is wrong, nothing is
          imported.
        </p>
        <div className="field">
          <label htmlFor={fileId} className="field__label">
            CSV file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv,text/plain"
            className="input"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setFileName(file.name);
              setCsv(await readFileText(file));
            }}
          />
        </div>
        <TextAreaField
          label={fileName ? `Contents of ${fileName}` : 'Or paste the rows'}
          className="mono"
          rows={8}
          spellCheck={false}
          placeholder={example.sample}
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
        />
        {failure ? (
          <div className="callout callout--danger" role="alert" data-testid="csv-import-errors">
            <div className="stack">
              <p>{failure}</p>
              {rowErrors.length ? (
                <ul className="row-errors" aria-label="Rows with errors">
                  {rowErrors.map((item, index) => (
                    <li key={`${item.row ?? ''}-${item.column ?? ''}-${index}`}>
                      {rowLabel(item) ? <strong>{rowLabel(item)}: </strong> : null}
                      {item.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
