/**
 * The layout of a kit component that is a row of controls (a row of buttons, a filter bar):
 * they wrap on a narrow screen, sit centred on their line and stand 8px apart.
 */
export const ROW_HOST_STYLE = `
  :host {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
`;
