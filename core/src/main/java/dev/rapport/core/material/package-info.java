/**
 * The supporting material of a knowledge base: retold {@link dev.rapport.core.material.Story
 * stories}, {@link dev.rapport.core.material.Faq frequently asked questions}, {@link
 * dev.rapport.core.material.Misconception misconceptions}, {@link
 * dev.rapport.core.material.DailyHabit daily habits}, {@link
 * dev.rapport.core.material.ConversationPrompt conversation starters and check-in questions},
 * {@link dev.rapport.core.material.LetterTemplate letter templates}, {@link
 * dev.rapport.core.material.HelpResource help resources} and the {@link
 * dev.rapport.core.material.SafetyQuestion safety screen's questions}.
 *
 * <p>All are immutable records, reached through {@link dev.rapport.core.KnowledgeBase}.
 */
package dev.rapport.core.material;
