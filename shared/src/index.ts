export * from './board-id.ts';
export * from './protocol.ts';
export * from './limits.ts';
export * from './new-id.ts';
export * from './board-doc.ts';
export * from './schema.ts';
export * from './entities/note.ts';
export * from './links/connector.ts';
