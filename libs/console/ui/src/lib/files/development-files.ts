import { inject, Injectable } from '@angular/core';
import { DevelopmentApi } from '../api/development-api.service';
import { ServiceFiles } from './service-files';

/** Files of the development service: evidence stored with each step, the dossier's files. */
@Injectable({ providedIn: 'root' })
export class DevelopmentFiles extends ServiceFiles {
  constructor() {
    super(inject(DevelopmentApi));
  }
}
