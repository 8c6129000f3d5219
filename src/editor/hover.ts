/** Hover cards over speakers, quotes and claims (text built by hoverText.ts). */
import * as vscode from 'vscode';
import { commandUri, CommandId, HOVER_LINK_COMMANDS } from './commands';
import { isArticle, readConfig } from './config';
import { attributionCard, entityCard, type LinkBuilder } from './hoverText';
import { targetAt } from './lookup';
import { toOffset, toRange } from './ranges';
import { registerForArticles } from './selector';
import type { Feature } from './services';

export const registerHover: Feature = (services) => {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      if (!isArticle(document)) return undefined;
      const mode = readConfig(document).hoverMode;
      if (mode === 'off') return undefined;
      const analysis = services.cache.get(document);
      if (!analysis) return undefined;
      const target = targetAt(analysis, toOffset(document, position));
      if (!target) return undefined;
      const text = document.getText();
      const uri = document.uri.toString();
      const link: LinkBuilder = (span) => commandUri(CommandId.Reveal, [uri, span[0], span[1]]);
      const markdown =
        target.type === 'entity'
          ? entityCard(analysis, text, target.entity, mode, link, commandUri(CommandId.ShowMentions, [uri, target.mention.span[0]]))
          : attributionCard(analysis, text, target.attribution, mode, link);
      const span = target.type === 'entity' ? target.mention.span : target.span;
      const content = new vscode.MarkdownString(markdown);
      // Links may run our reveal command and nothing else; article text is escaped, never HTML.
      content.isTrusted = { enabledCommands: [...HOVER_LINK_COMMANDS] };
      content.supportHtml = false;
      return new vscode.Hover(content, toRange(document, span));
    },
  };
  registerForArticles(services, (selector) => vscode.languages.registerHoverProvider(selector, provider));
};
