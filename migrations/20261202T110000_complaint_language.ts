import { type Kysely, sql } from 'kysely';

/**
 * Each complaint's detected language (ISO 639-1, or `und`), and full-text search in that language.
 * The language → text-search configuration mapping lives here only, in SQL (TypeScript keeps no copy):
 * `fivep_text_config`. PostgreSQL ships no Polish stemmer (15 and PGlite's 18 alike), so Polish
 * and undetermined texts use `simple` (lower-cased words, no stemming). `fivep_search_query` asks a search
 * in every configuration the mapping uses, so one query matches each complaint by its own language's stems
 * and can use the one GIN index on `fivep_search_document(language, text)`.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table complaints add column language text not null default 'und'`.execute(db);
  await sql`create function fivep_text_config(language text) returns regconfig
    language sql immutable parallel safe
    return case language
      when 'en' then 'english'::regconfig
      when 'el' then 'greek'::regconfig
      else 'simple'::regconfig
    end`.execute(db);
  await sql`create function fivep_search_document(language text, body text) returns tsvector
    language sql immutable parallel safe
    return to_tsvector(fivep_text_config(language), body)`.execute(db);
  // Every configuration fivep_text_config names, once each (keep the two in step, here).
  await sql`create function fivep_search_query(q text) returns tsquery
    language sql immutable parallel safe
    return websearch_to_tsquery(fivep_text_config('en'), q)
      || websearch_to_tsquery(fivep_text_config('el'), q)
      || websearch_to_tsquery(fivep_text_config('und'), q)`.execute(db);
  await sql`create index complaints_search on complaints using gin (fivep_search_document(language, text))`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index complaints_search`.execute(db);
  await sql`drop function fivep_search_query(text)`.execute(db);
  await sql`drop function fivep_search_document(text, text)`.execute(db);
  await sql`drop function fivep_text_config(text)`.execute(db);
  await sql`alter table complaints drop column language`.execute(db);
}
