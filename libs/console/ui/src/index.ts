/**
 * The console's kit: everything more than one page folder uses. `api/` holds one client per
 * service over one base (`ServiceApi`: base URL, errors as ApiError, query strings, cursor pages,
 * uploads and downloads), `auth/` the session and permissions, `i18n/` the catalogue, the
 * `t`/`label` pipes and a page's notices (`notices()`), and the widgets by what they do:
 * `forms/` (error alert, fields, a form's
 * fields declared as data (`FieldSpec`), laid out by one component (`bst-form-fields`) for a
 * reactive form or a draft kept in a signal, with slots for a page's own widgets; dialog forms'
 * imports and saved notice, a record's draft action and its buttons, the frame of an action's form
 * (`form[bstActionForm]`), a paper record typed in, rows moved up and down,
 * submission, dates, idempotency keys), `records/` (a section of a record's page: its facts or
 * its rows, and what it offers to do), `load/` (a fetch's states, `loadInto` to fill a page's
 * signal with them), `page/` (`pageContext()`: router, translations, session and notices in one
 * line), `slots/` (a kit component's named templates, `templatesByName`), `lists/` (the frame of a paged
 * list page: its spec, cells by column, row marks, create button, filter controls),
 * `pagination/`, `filters/` (filter bar, search box, clearable select), `pickers/`
 * (organisations, people, and `PickerControl`, the form-control base every picker extends), `files/` (uploads, file lists, previews, each service's files),
 * `actions/` (the panel of offered actions, one button drawn from its `ButtonSpec` (`bst-button`:
 * the kit's own buttons are drawn by it) and rows of them, the confirmation asked before a
 * consequential act), `dialog-acts/` (an act on a record in a dialog, declared as data: creating,
 * editing, moving, recording something on it, reading a masked number; RECORD_ACTS_IMPORTS for
 * the page of such a record), `record-actions/` (a record's page frame that loads and reloads it, its
 * action panel as data, the form of one action on it), `record-views/` (how a record is laid out:
 * its page's two columns with the action panel, a ruled table of its printed sheet),
 * `paper-record/` (the frame of a paper-record take-over page, drawn from its `PaperRecordPage`),
 * `page-parts/` (a page's state kept in its address, the end of a page's form and its failure
 * alert, the problems left after a draft is edited, a stage's number, a request's status tag,
 * the days left to a deadline, a procedure's lazily loaded pages and their groups, the rows of a
 * filtered list page, the named choices of a closed set of values),
 * `print/` (a printable A4 sheet), `timeline/` (a record as a timeline), `status/` (traffic
 * lights, request status labels), `termination/`, `charts/` and `calendar/`.
 * `imports/` holds what a component lists in its `imports`: KIT_IMPORTS (the pipes, buttons,
 * icons and tags every template uses), PAGE_IMPORTS, FORM_IMPORTS and LIST_PAGE_IMPORTS built on it.
 * A page folder under `apps/console/src/app/pages` imports this kit, the contracts, the app's
 * `core` and itself, never another page folder (lint enforces it). The kit's package.json
 * declares it free of side effects, so the first bundle takes only what the shell uses.
 * `src/testing` (not exported here) holds what component specs share: `rendered`.
 */
export * from './lib/actions/button.component';
export * from './lib/actions/button-row.component';
export * from './lib/actions/confirm';
export * from './lib/actions/offered-actions.component';
export * from './lib/api/api-error';
export * from './lib/api/approvals-api.service';
export * from './lib/api/calendar-api.service';
export * from './lib/api/development-api.service';
export * from './lib/api/service-api';
export * from './lib/api/identity-api.service';
export * from './lib/api/rectification-api.service';
export * from './lib/auth/permissions';
export * from './lib/auth/session.service';
export * from './lib/calendar/calendar-warning.component';
export * from './lib/calendar/provisional-tag.component';
export * from './lib/charts/echart.component';
export * from './lib/dialog-acts/act-dialog.component';
export * from './lib/dialog-acts/dialog-act';
export * from './lib/dialog-acts/record-acts-imports';
export * from './lib/files/attachment-files';
export * from './lib/files/attachment-list.component';
export * from './lib/files/attachment-upload.component';
export * from './lib/files/development-files';
export * from './lib/files/downloads';
export * from './lib/files/file-download';
export * from './lib/files/file-links.component';
export * from './lib/files/file-preview';
export * from './lib/files/rectification-files';
export * from './lib/files/service-files';
export * from './lib/filters/filter-bar.component';
export * from './lib/filters/filter-field';
export * from './lib/filters/filter-fields.component';
export * from './lib/filters/filter-slot.directive';
export * from './lib/filters/filter-select.component';
export * from './lib/filters/search-box.component';
export * from './lib/forms/action-form-buttons.component';
export * from './lib/forms/action-form.component';
export * from './lib/forms/contract-check';
export * from './lib/forms/dates';
export * from './lib/forms/dialog-form';
export * from './lib/forms/draft-action';
export * from './lib/forms/error-alert.component';
export * from './lib/forms/field-error.pipe';
export * from './lib/forms/field-slot.directive';
export * from './lib/forms/field-spec';
export * from './lib/forms/form-dialog.component';
export * from './lib/forms/form-field.component';
export * from './lib/forms/form-fields.component';
export * from './lib/forms/form-submission';
export * from './lib/forms/paper-record';
export * from './lib/forms/record-footer.component';
export * from './lib/forms/record-row.component';
export * from './lib/forms/row-moves.component';
export * from './lib/forms/idempotency';
export * from './lib/forms/server-errors';
export * from './lib/i18n/label.pipe';
export * from './lib/i18n/messages.en-us';
export * from './lib/i18n/messages.zh-cn';
export * from './lib/i18n/notices';
export * from './lib/i18n/text.pipe';
export * from './lib/i18n/translate.pipe';
export * from './lib/i18n/translate.service';
export * from './lib/imports/form-imports';
export * from './lib/imports/kit-imports';
export * from './lib/imports/list-imports';
export * from './lib/imports/page-imports';
export * from './lib/lists/create-button.component';
export * from './lib/lists/data-table.component';
export * from './lib/lists/list-column';
export * from './lib/lists/list-controls';
export * from './lib/lists/list-filters';
export * from './lib/lists/list-page.component';
export * from './lib/lists/list-spec';
export * from './lib/lists/list-tabs.component';
export * from './lib/lists/row-marks.directive';
export * from './lib/load/kept-load';
export * from './lib/load/load';
export * from './lib/load/load-into';
export * from './lib/load/load-state.component';
export * from './lib/page/page-context';
export * from './lib/pagination/cursor-pager';
export * from './lib/pagination/paged-list';
export * from './lib/pagination/pager-bar.component';
export * from './lib/paper-record/paper-record-page.component';
export * from './lib/paper-record/paper-problems';
export * from './lib/paper-record/paper-row-fields.directive';
export * from './lib/page-parts/days-left.component';
export * from './lib/page-parts/draft-edits';
export * from './lib/page-parts/filtered-list';
export * from './lib/page-parts/form-end.component';
export * from './lib/page-parts/labelled-options';
export * from './lib/page-parts/lazy-page';
export * from './lib/page-parts/query-address';
export * from './lib/page-parts/request-status.component';
export * from './lib/page-parts/step-number.component';
export * from './lib/pickers/org-nodes';
export * from './lib/pickers/org-picker.component';
export * from './lib/pickers/person-picker.component';
export * from './lib/pickers/picker-control';
export * from './lib/records/record-section.component';
export * from './lib/print/print-sheet.component';
export * from './lib/record-actions/acted-record';
export * from './lib/record-actions/record-action-panel.component';
export * from './lib/record-actions/record-page.component';
export * from './lib/record-actions/record-part.directive';
export * from './lib/record-actions/record-action-form';
export * from './lib/record-views/record-columns.component';
export * from './lib/record-views/sheet-table.component';
export * from './lib/slots/templates-by-name';
export * from './lib/status/approval-labels';
export * from './lib/status/light.component';
export * from './lib/status/traffic-light';
export * from './lib/termination/terminate-button.component';
export * from './lib/termination/termination-note.component';
export * from './lib/termination/termination-reason';
export * from './lib/timeline/entry-part.directive';
export * from './lib/timeline/record-timeline.component';
