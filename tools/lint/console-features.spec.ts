import { lintSnippet } from './lint-snippet';

const features = (messages: string[]) => messages.filter((m) => m.startsWith('console/feature-boundaries'));
const lintPage = (file: string, code: string) => features(lintSnippet('apps/console', code, file));

/**
 * A console page folder imports the kit, the contracts, the app's core and itself; what two
 * features share lives in the kit (`@bastion/console-ui`), never in one of them.
 */
describe('what a console page folder may import', () => {
  it('not another page folder, by an import, a re-export or a lazy import', () => {
    const code =
      "import { participants } from '../approvals/actions/action-model';\n" +
      "export { orgChange } from '../../pages/orgs/org-change';\n" +
      "export const routes = () => import('../people/people.routes');\n" +
      'export const x = participants;\n';
    expect(lintPage('src/app/pages/workbench/snippet.ts', code)).toEqual([
      expect.stringContaining("The page folder 'workbench' may not import from the page folder 'approvals'"),
      expect.stringContaining("'orgs'"),
      expect.stringContaining("'people'"),
    ]);
  });

  it('at any depth of the folder', () => {
    const code = "import { draftFor } from '../../rectification/item/item-action-model';\nexport const x = draftFor;\n";
    expect(lintPage('src/app/pages/development/case/snippet.ts', code)).toEqual([
      expect.stringContaining('move what both use into @bastion/console-ui'),
    ]);
  });

  it('but the kit, the contracts, the core and its own files', () => {
    const code =
      "import { TranslateService } from '@bastion/console-ui';\n" +
      "import { orgKindLabels } from '@bastion/identity-contracts';\n" +
      "import { NotificationsService } from '../../../core/notifications/notifications.service';\n" +
      "import { draftFor } from '../item/item-action-model';\n" +
      "import { LABELS } from '../rectification-labels';\n" +
      'export const x = [TranslateService, orgKindLabels, NotificationsService, draftFor, LABELS];\n';
    expect(lintPage('src/app/pages/rectification/items/snippet.ts', code)).toEqual([]);
  });
});
