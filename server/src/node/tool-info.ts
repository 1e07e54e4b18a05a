// The tool's name, version and home page, as reports (SARIF, --version) state them.
import packageJson from '../../../package.json';

export interface ToolInfo {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

export const TOOL: ToolInfo = {
  name: 'hewitt',
  version: packageJson.version,
  informationUri: 'https://github.com/hewitt-rules/hewitt-rules',
};
