/** The "?" popover: the view's keys, from the same table the key handler uses (reader-keys.ts). */
import { strings, type UiLang } from '../../utils/reader/strings';
import { SHORTCUTS } from './reader-keys';

export function HelpPopover({ id, uiLang, canSave }: { id: string; uiLang: UiLang; canSave: boolean }) {
  const t = strings(uiLang);
  const rows: [string, string][] = [
    [SHORTCUTS.close, t.keyClose],
    ...(canSave ? ([[SHORTCUTS.save, t.keySave]] as [string, string][]) : []),
    [SHORTCUTS.size, t.keySize],
    [SHORTCUTS.panel, t.keyPanel],
    [SHORTCUTS.settings, t.keySettings],
    [SHORTCUTS.vertical, t.keyVertical],
    [SHORTCUTS.help, t.keyHelp],
    ['PageDown / PageUp', t.keyPage],
    ['Home / End', t.keyEnds],
    ['← ↓ / → ↑', t.keyVerticalMove],
  ];
  return (
    <div id={id} class="hb-pop hb-help" role="dialog" aria-label={t.help}>
      <table>
        <caption>{t.help}</caption>
        <tbody>
          {rows.map(([k, what]) => (
            <tr key={k}>
              <th scope="row">
                {k.split(' / ').map((part, i) => (
                  <span key={i}>
                    {i > 0 && ' / '}
                    <kbd>{part}</kbd>
                  </span>
                ))}
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
