/**
 * Claims: which sentences of an article make or report a checkable or arguable assertion, what
 * type each is, who makes it, and how check-worthy it is.
 *
 * <h2>Which text holds a claim</h2>
 * One claim per sentence that can hold one: not in a region the {@code RegionMarker} marks as
 * skipped (headings, datelines, boilerplate, related-article lines, editor's notes, hashtags),
 * not a question, not a line that only introduces what follows ("Peskov stated:"), and at least
 * three words long. Headlines may hold claims.
 *
 * <h2>Type: rules over a cue lexicon, plus the trained model</h2>
 * {@link dev.claimex.stages.claims.ClaimTyper} reads the cue lexicon {@code lexicons/claim-cues}
 * (in claimex-models). The first reporting or stance verb of the sentence is its <em>frame</em>:
 * <ol>
 *   <li>a stance or denial verb ("insists", "rejected", "urged", "ruled out") makes a STANCE;</li>
 *   <li>a neutral reporting verb ("said", "according to") makes the reported content the part
 *       that is typed: the words after the verb, or before it when the verb comes late
 *       ("…, a report by CNN said");</li>
 *   <li>no frame: the whole sentence is typed.</li>
 * </ol>
 * The typed part is, in this order: QUANTITY (a number outside time expressions that is not a
 * bare year), CAUSATION (a causal link not negated, "the stronger X, the closer Y", or a change
 * of state with a temporal link: "grew less open after …"), LAW_OR_RULE, STANCE (stance words in
 * the content, or a reported intention "he would …"), PREDICTION (future and modal words, not
 * after "whether"/"if"; "would" only in reported content, since narrated "would" is mostly
 * future-in-the-past), OPINION (evaluative words), PERSONAL_EXPERIENCE, and else EVENT.
 * Last, where the trained model gives the sentence a probability of being non-factual of at
 * least {@value dev.claimex.stages.claims.ClaimTyper#NON_FACTUAL_OPINION}, it is an OPINION,
 * except for quantities, predictions, headlines (telegraphic text the debate-trained model has
 * never seen) and stances reported in the third person ("the Kremlin insists …": a checkable
 * report of someone's position, unlike "I support …"). "I think …" and the like make an
 * OPINION unless a quantity is stated; evaluative words make an OPINION only where the model
 * does not score the sentence check-worthy (at least
 * {@value dev.claimex.stages.claims.ClaimTyper#CHECKWORTHY}), since a check-worthy sentence is by
 * that score checkable as fact.
 *
 * <p>Measured with the evaluation kit's seeds (type accuracy and preferred-type accuracy, every
 * miss listed) and with ClaimBuster (how many non-factual sentences get a type other than
 * OPINION); the figures are in the model card {@code claims/checkworthiness.md}.
 *
 * <h2>Claimant</h2>
 * {@link dev.claimex.stages.claims.Attribution}: the speaker of a quote whose content, cue and
 * speaker mention cover most of the sentence; else the author (an empty claimant). Without a
 * quote stage in the pipeline every claim is the author's.
 *
 * <h2>Check-worthiness</h2>
 * The probability of ClaimBuster's "check-worthy factual" class from a trained logistic
 * regression ({@code dev.claimex.models.claims.CheckworthinessModel}, trained by
 * {@code TrainCheckworthiness} in claimex-models), applied to the claim's text. It reads
 * pre-trained word vectors from the Stanford CoreNLP models jar (the neural coreference model's
 * word2vec table), loaded once when the model is.
 */
package dev.claimex.stages.claims;
