import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, contentChildren, input } from '@angular/core';
import { rendered } from '../../testing';
import { FieldSlotDirective } from '../forms/field-slot.directive';
import { templatesByName } from './templates-by-name';

/** A kit-like frame that draws, for each name, the template the page wrote under it. */
@Component({
  selector: 'bst-test-frame',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet],
  template: `
    @for (name of names(); track name) {
      <p [attr.data-name]="name">
        <ng-container [ngTemplateOutlet]="part(name)" [ngTemplateOutletContext]="{ $implicit: name }" />
      </p>
    }
  `,
})
class TestFrameComponent {
  readonly names = input<string[]>([]);
  private readonly parts = contentChildren(FieldSlotDirective);
  protected readonly part = templatesByName(this.parts, (part) => part.name());
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TestFrameComponent, FieldSlotDirective],
  template: `
    <bst-test-frame [names]="['title', 'body', 'links']">
      <ng-template bstFieldSlot="title" let-name>T:{{ name }}</ng-template>
      <ng-template bstFieldSlot="body" let-name>B:{{ name }}</ng-template>
    </bst-test-frame>
  `,
})
class TestPageComponent {}

describe('templatesByName', () => {
  it('draws each name with the template the page wrote for it, and nothing where it wrote none', async () => {
    const { root } = await rendered(TestPageComponent);
    const text = (name: string) => root.querySelector(`[data-name="${name}"]`)?.textContent?.trim();

    expect([text('title'), text('body'), text('links')]).toEqual(['T:title', 'B:body', '']);
  });
});
