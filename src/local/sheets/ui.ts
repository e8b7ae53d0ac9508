/** The Apps Script `Ui` and `Menu`: what the add-on shows is recorded for tests and the playground. */
import { Button, ButtonSet, enumName } from './enums';
import type { FacadeFactory } from './factory';
import { HtmlOutputFacade } from './html';

/** A menu item as built with Menu.addItem / addSeparator / addSubMenu. */
export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { subMenu: MenuModel };

/** A menu being built or added to the UI. */
export interface MenuModel {
  /** `Extensions › <add-on name>` for createAddonMenu, else the caption. */
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

/** An HtmlOutput shown as a sidebar or dialog. */
export interface ShownHtml {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

/** Everything the add-on showed, and how alerts are answered. */
export class UiRecord {
  readonly menus: MenuModel[] = [];
  readonly sidebars: ShownHtml[] = [];
  readonly dialogs: (ShownHtml & { modal: boolean })[] = [];
  readonly alerts: { title: string; prompt: string; buttons: string }[] = [];
  /** Answers alerts: receives the ButtonSet name, returns a Button name; default OK (or YES). */
  answer: (buttons: string, prompt: string) => string = (buttons) => (buttons.startsWith('YES') ? 'YES' : 'OK');
}

type Ui = GoogleAppsScript.Base.Ui;

/** The Ui facade. */
export class UiFacade implements Pick<Ui, 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog' | 'alert'> {
  constructor(
    private readonly f: FacadeFactory,
    private readonly record: UiRecord,
  ) {}

  get ButtonSet() {
    return ButtonSet;
  }

  get Button() {
    return Button;
  }

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this.menu({ title: 'Extensions', addon: true, items: [] });
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return this.menu({ title: String(caption), addon: false, items: [] });
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.record.sidebars.push(this.html(userInterface).shown());
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.record.dialogs.push({ ...this.html(userInterface).shown(), title: String(title), modal: true });
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.record.dialogs.push({ ...this.html(userInterface).shown(), title: String(title), modal: false });
  }

  alert(titleOrPrompt: string, prompt?: string | GoogleAppsScript.Base.ButtonSet, buttons?: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    let title = '';
    let text = String(titleOrPrompt);
    let set = 'OK';
    if (typeof prompt === 'string') {
      title = text;
      text = prompt;
      set = enumName(ButtonSet, buttons) ?? 'OK';
    } else if (prompt !== undefined) set = enumName(ButtonSet, prompt) ?? 'OK';
    this.record.alerts.push({ title, prompt: text, buttons: set });
    const answer = this.record.answer(set, text) as keyof typeof Button;
    return Button[answer] as unknown as GoogleAppsScript.Base.Button;
  }

  private html(output: unknown): HtmlOutputFacade {
    return this.f.wrapped(output, HtmlOutputFacade, 'HtmlOutput');
  }

  private menu(model: MenuModel): GoogleAppsScript.Base.Menu {
    return this.f.wrap(new MenuFacade(this.f, model, this.record), 'Menu', false);
  }
}

/** The Menu facade. */
export class MenuFacade implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  constructor(
    private readonly f: FacadeFactory,
    readonly model: MenuModel,
    private readonly record: UiRecord,
  ) {}

  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.model.items.push({ caption: String(caption), functionName: String(functionName) });
    return this.self();
  }

  addSeparator(): GoogleAppsScript.Base.Menu {
    this.model.items.push({ separator: true });
    return this.self();
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    const sub = this.f.wrapped(menu, MenuFacade, 'Menu');
    this.model.items.push({ subMenu: sub.model });
    return this.self();
  }

  addToUi(): void {
    this.record.menus.push(this.model);
  }

  private self(): GoogleAppsScript.Base.Menu {
    return this.f.wrap(this, 'Menu', false);
  }
}
