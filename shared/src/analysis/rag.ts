/** Red / amber / green status. Always show the word or a label with the colour, never the colour alone. */
export const RAG_VALUES = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAG_VALUES)[number];
export const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };
