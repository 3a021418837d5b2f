/**
 * Finds the people, organisations and places of an article ({@link dev.briefly.actors.ActorFinder}).
 *
 * <p>{@link dev.briefly.actors.RuleActorFinder} runs a chain of steps, in the spirit of an analysis chain, over
 * one per-article {@code ArticleState}. Each step is a class of its own with its own unit test; each reads only
 * what the steps before it wrote:
 *
 * <table>
 *   <caption>The steps in order</caption>
 *   <tr><th>step</th><th>reads</th><th>writes</th></tr>
 *   <tr><td>{@code CaseEvidence}</td><td>tokens, sentence spans</td>
 *       <td>{@code sentenceOf}, {@code initial}, {@code caseless}, {@code lowerSeen}, {@code capMid},
 *       {@code afterDeterminer}</td></tr>
 *   <tr><td>{@code Titles}</td><td>tokens, {@code sentenceOf}; titles, title endings, organisation words</td>
 *       <td>{@code kind} = TITLE, {@code titleStartAt}</td></tr>
 *   <tr><td>{@code TokenClasses}</td><td>case evidence, titles; dictionary, {@code name-writing.txt},
 *       determiners, news agencies and outlets, organisation compounds</td>
 *       <td>{@code kind} (strong, weak, nationality, particle, none), {@code natCode}, {@code strongForms}</td></tr>
 *   <tr><td>{@code CandidateNames}</td><td>{@code kind}, {@code sentenceOf}, {@code initial}, {@code lowerSeen}</td>
 *       <td>{@code candidates} (spans, text, key)</td></tr>
 *   <tr><td>{@code Cues} (with {@code SportsLines})</td><td>candidates, {@code kind}, {@code titleStartAt};
 *       titles, organisation, place, event, team, firm words, organisation compounds, definite articles, speech
 *       verbs, countries</td>
 *       <td>each candidate's votes and priors, title, country, team cue, results line, place cue, organisation
 *       word, speaker flag</td></tr>
 *   <tr><td>{@code TitlesAfter}</td><td>candidates, their cues; titles, {@code titles-after}</td>
 *       <td>a candidate's title span after the name, a person vote</td></tr>
 *   <tr><td>{@code NameTypes}</td><td>candidates, {@code kind}, {@code caseless}; dictionary, gazetteers</td>
 *       <td>each candidate's votes and priors</td></tr>
 *   <tr><td>{@code Merging}</td><td>candidates' keys, countries, place cues, organisation votes</td>
 *       <td>{@code clusters}</td></tr>
 *   <tr><td>{@code Typing}</td><td>clusters, candidates (lists); candidates' votes, priors, countries, team
 *       cues, results lines, place cues, organisation words; conjunctions</td>
 *       <td>each candidate's type; splits clubs off towns, drops doubtful compound nouns from
 *       {@code clusters}</td></tr>
 *   <tr><td>{@code Openers}</td><td>clusters, candidates' cues, {@code initial}; dictionary, gazetteers,
 *       quotes, the language detector</td>
 *       <td>drops lone sentence openers from {@code clusters}</td></tr>
 *   <tr><td>{@code Description}</td><td>clusters, types, titles, countries, {@code kind}</td>
 *       <td>each cluster's name and role</td></tr>
 *   <tr><td>{@code Ranking}</td><td>clusters, names, roles, types; quotes, summary, {@code natCode}</td>
 *       <td>candidates' credits ("he said"), {@code actors}</td></tr>
 * </table>
 *
 * <p>What differs between languages is data: the word lists in {@code resources/<lang>/} ({@code ActorLanguage},
 * including {@code name-writing.txt}, which says how the language writes names) and the part-of-speech
 * dictionary ({@code Lexicon}, whose tags {@code Tagset} reads per language). No step tests a language code.
 */
package dev.briefly.actors;
