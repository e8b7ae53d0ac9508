/** The Apps Script `PropertiesService` and `Properties` over PropertyStores (quotas in propertyStore.ts). */
import type { FacadeFactory } from './factory';
import type { PropertyStore } from './propertyStore';

type Properties = GoogleAppsScript.Properties.Properties;

/** A Properties facade over one store. */
export class PropertiesFacade
  implements Pick<Properties, 'getProperty' | 'setProperty' | 'setProperties' | 'getProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'>
{
  constructor(
    private readonly f: FacadeFactory,
    private readonly store: PropertyStore,
  ) {}

  getProperty(key: string): string | null {
    return this.store.get(String(key));
  }

  setProperty(key: string, value: string): Properties {
    this.store.setMany({ [String(key)]: String(value) });
    return this.self();
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): Properties {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(properties)) values[k] = String(v);
    this.store.setMany(values, Boolean(deleteAllOthers));
    return this.self();
  }

  getProperties(): { [key: string]: string } {
    return this.store.all();
  }

  deleteProperty(key: string): Properties {
    this.store.delete(String(key));
    return this.self();
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this.self();
  }

  getKeys(): string[] {
    return this.store.keys();
  }

  private self(): Properties {
    return this.f.wrap(this, 'Properties', false);
  }
}

/** The PropertiesService global. */
export class PropertiesServiceFacade
  implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'>
{
  constructor(
    private readonly f: FacadeFactory,
    private readonly user: PropertyStore,
    private readonly script: PropertyStore,
  ) {}

  getDocumentProperties(): Properties {
    return this.wrap(this.f.book.documentProperties);
  }

  getUserProperties(): Properties {
    return this.wrap(this.user);
  }

  getScriptProperties(): Properties {
    return this.wrap(this.script);
  }

  private wrap(store: PropertyStore): Properties {
    return this.f.wrap(new PropertiesFacade(this.f, store), 'Properties', false);
  }
}
