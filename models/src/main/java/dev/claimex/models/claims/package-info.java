/**
 * The check-worthiness model: its features ({@link dev.claimex.models.claims.SentenceFeatures},
 * the one place shared by training and inference), the model
 * ({@link dev.claimex.models.claims.CheckworthinessModel}), its trainer
 * ({@link dev.claimex.models.claims.CheckworthinessTrainer}) and the training command
 * ({@link dev.claimex.models.claims.TrainCheckworthiness}). The trained model ships beside its
 * descriptor and model card under {@code dev/claimex/models/claims/}.
 */
package dev.claimex.models.claims;
