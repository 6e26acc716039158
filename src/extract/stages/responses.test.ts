// Responses: what the accused answered, tied to the allegations against them.
import { describe, expect, it } from 'vitest';
import { extract, responseKeys } from '../../../test/support/extraction.js';

describe('responses', () => {
  it('reads every stance', () => {
    const x = extract('Two sources said Senator Pablo Ordóñez Vera took bribes from the cartel. Ordóñez denied the accusations. '
      + 'His lawyer, Ruth Camarena, did not respond to requests for comment. The Interior Ministry declined to comment. '
      + 'The White House did not deny that it had raised the case.');
    expect(responseKeys(x)).toEqual(expect.arrayContaining([
      'Pablo Ordóñez Vera|denies', 'Ruth Camarena|no_response', 'Interior Ministry|declines_comment', 'White House|not_denied',
    ]));
  });
  it('takes the person whose office or lawyer answers as the one who answers', () => {
    const x = extract('Two sources said Senator Pablo Ordóñez Vera took bribes from the cartel. Ordóñez\'s office declined to comment.');
    expect(responseKeys(x)).toEqual(['Pablo Ordóñez Vera|declines_comment']);
  });
  it('links a denial to the allegations against the one who denies', () => {
    const x = extract('Prosecutors accuse Mayor Delia Fuentes Rico of embezzlement. Fuentes has repeatedly denied any wrongdoing.');
    const r = x.responses.find((y) => y.stance === 'denies')!;
    expect(r.allegations).toEqual(x.allegations.map((a) => a.id));
  });
  it('lets a lawyers\' group answer for its client', () => {
    const x = extract('Prosecutors accuse Rafael Quiñones of fraud and embezzlement. Quiñones\'s lawyers have long maintained that the accusations are politically motivated.');
    expect(responseKeys(x)).toEqual(["Quiñones's lawyers|denies"]);
    expect(x.responses[0]!.allegations.length).toBeGreaterThan(0);
  });
  it('does not take a rejected conclusion for a denial', () => {
    expect(responseKeys(extract('A panel of experts rejected that conclusion in September.'))).toEqual([]);
  });
  it('reads Spanish denials, silences and pro-drop subjects', () => {
    const x = extract('El exgobernador Arturo Peña Lugo fue detenido el lunes. Negó cualquier vínculo con el cártel. '
      + 'La fiscalía no respondió a solicitudes de comentario.', 'es');
    expect(responseKeys(x)).toEqual(expect.arrayContaining(['Arturo Peña Lugo|denies']));
  });
});
