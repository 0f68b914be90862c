#pragma once

#include <QString>

namespace wirescope::palette {

/// How well @p text matches what was typed (@p pattern): -1 when not every typed character
/// appears in @p text in order (case-insensitive), otherwise a score, higher for a better
/// match: the whole text starting with the pattern first, then the pattern as a substring
/// starting a word, then a substring, then scattered characters (matches at word starts and
/// consecutive runs count more, a longer text a little less). An empty pattern matches
/// everything with 0.
int fuzzyScore(const QString &pattern, const QString &text);

} // namespace wirescope::palette
