import type { IconDefinition } from '@ant-design/icons-angular';
import * as iconSet from './icon-set';

/**
 * The icons the console's own templates use (listed in `icon-set.ts`), bundled so none is fetched
 * at run time (ng-zorro registers those its components use by itself).
 */
export const appIcons: IconDefinition[] = Object.values(iconSet);
