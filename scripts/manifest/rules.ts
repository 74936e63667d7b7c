// What Microsoft documents for XML add-in manifests (learn.microsoft.com, "Office Add-ins XML manifest"
// and the element reference pages), written down as data so the checker stays small.

/** Child order of <OfficeApp xsi:type="TaskPaneApp"> per the schema's xs:sequence. */
export const TASKPANE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
] as const;

export const TASKPANE_APP_REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'DefaultSettings',
  'Permissions',
] as const;

/** Sequences inside VersionOverrides that Office rejects when out of order. */
export const CHILD_ORDER: Record<string, readonly string[]> = {
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'EquivalentAddins', 'VersionOverrides'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
};

export const MANIFEST_HOSTS = ['Document', 'Workbook', 'Presentation', 'Mailbox', 'Notebook', 'Project', 'Database'] as const;
export const OVERRIDE_HOST_TYPES = ['Document', 'Workbook', 'Presentation', 'MailHost', 'Notebook'] as const;
export const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'] as const;
export const ACTION_TYPES = ['ShowTaskpane', 'ExecuteFunction'] as const;
export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;
export const REQUIRED_ICON_SIZES = [16, 32, 80] as const;

/** Which resource table an element's resid must point into. */
export const RESID_TABLE: Record<string, 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

export const MAX_SHORT_STRING = 125;
export const MAX_LONG_STRING = 250;
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
