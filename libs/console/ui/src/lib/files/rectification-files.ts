import { inject, Injectable } from '@angular/core';
import { RectificationApi } from '../api/rectification-api.service';
import { ServiceFiles } from './service-files';

/** Files of the rectification service: evidence, plans and reports of items and batches. */
@Injectable({ providedIn: 'root' })
export class RectificationFiles extends ServiceFiles {
  constructor() {
    super(inject(RectificationApi));
  }
}
