/** The Apps Script `HtmlService` and `HtmlOutput`; createHtmlOutputFromFile reads the built dist/ folder. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enumName, SandboxMode, XFrameOptionsMode } from './enums';
import { serviceError } from './errors';
import type { FacadeFactory } from './factory';
import type { ShownHtml } from './ui';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/** The HtmlOutput facade. */
export class HtmlOutputFacade
  implements Pick<HtmlOutput, 'setTitle' | 'getTitle' | 'setWidth' | 'getWidth' | 'setHeight' | 'getHeight' | 'getContent' | 'setContent' | 'append' | 'setSandboxMode' | 'setXFrameOptionsMode' | 'addMetaTag'>
{
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  /** Meta tags added with addMetaTag. */
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly f: FacadeFactory,
    private content: string,
  ) {}

  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this.self();
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this.self();
  }

  getWidth(): number {
    return this.width ?? 0;
  }

  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this.self();
  }

  getHeight(): number {
    return this.height ?? 0;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this.self();
  }

  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    if (!enumName(SandboxMode, mode)) throw serviceError('Invalid argument: mode must be an HtmlService.SandboxMode.');
    return this.self();
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    if (!enumName(XFrameOptionsMode, mode)) throw serviceError('Invalid argument: mode must be an HtmlService.XFrameOptionsMode.');
    return this.self();
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }

  /** What the UI records when this output is shown. */
  shown(): ShownHtml {
    return { title: this.title, content: this.content, width: this.width, height: this.height };
  }

  private self(): HtmlOutput {
    return this.f.wrap(this, 'HtmlOutput', false);
  }
}

/** The HtmlService global. Files are read from `distDir` (`Sidebar` → `Sidebar.html`). */
export class HtmlServiceFacade implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile' | 'createHtmlOutput'> {
  constructor(
    private readonly f: FacadeFactory,
    private readonly distDir: string | null,
  ) {}

  get SandboxMode() {
    return SandboxMode;
  }

  get XFrameOptionsMode() {
    return XFrameOptionsMode;
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const path = this.distDir ? join(this.distDir, `${name}.html`) : null;
    if (!path || !existsSync(path)) throw serviceError(`No HTML file named ${name} was found.`);
    return this.f.wrap(new HtmlOutputFacade(this.f, readFileSync(path, 'utf8')), 'HtmlOutput', false);
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    if (html !== undefined && typeof html !== 'string') {
      throw new Error('Not modelled by the local spreadsheet: HtmlService.createHtmlOutput(blob) — add it to src/local/sheets if the add-on needs it');
    }
    return this.f.wrap(new HtmlOutputFacade(this.f, html ?? ''), 'HtmlOutput', false);
  }
}
