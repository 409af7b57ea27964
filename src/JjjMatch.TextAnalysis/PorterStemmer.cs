namespace JjjMatch.TextAnalysis;

/// <summary>
/// The Porter (1980) stemmer as in Martin Porter's reference implementation, the stemmer behind
/// Elasticsearch's <c>english</c> analyzer. No NuGet stemmer restores here, so it is written out.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2)
        {
            return word;
        }

        var stemmer = new Buffer(word);
        stemmer.Step1ab();
        if (stemmer.K > 0)
        {
            stemmer.Step1c();
            stemmer.Step2();
            stemmer.Step3();
            stemmer.Step4();
            stemmer.Step5();
        }

        var stem = stemmer.B.AsSpan(0, stemmer.K + 1);
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    private sealed class Buffer(string word)
    {
        public readonly char[] B = word.ToCharArray();
        public int K = word.Length - 1;
        private int j;

        private bool IsConsonant(int i) =>
            B[i] switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' => false,
                'y' => i == 0 || !IsConsonant(i - 1),
                _ => true,
            };

        // The number of vowel-consonant sequences in B[0..j].
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (!IsConsonant(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > j)
                    {
                        return n;
                    }

                    if (IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > j)
                    {
                        return n;
                    }

                    if (!IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int at) => at >= 1 && B[at] == B[at - 1] && IsConsonant(at);

        private bool ConsonantVowelConsonant(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && B[i] is not ('w' or 'x' or 'y');

        private bool Ends(string suffix)
        {
            var length = suffix.Length;
            if (length > K + 1 || !B.AsSpan(K - length + 1, length).SequenceEqual(suffix))
            {
                return false;
            }

            j = K - length;
            return true;
        }

        private void SetTo(string replacement)
        {
            replacement.CopyTo(0, B, j + 1, replacement.Length);
            K = j + replacement.Length;
        }

        private void ReplaceIfMeasured(string replacement)
        {
            if (Measure() > 0)
            {
                SetTo(replacement);
            }
        }

        public void Step1ab()
        {
            if (B[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (B[K - 1] != 's')
                {
                    K--;
                }
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(K))
                {
                    if (B[K] is not ('l' or 's' or 'z'))
                    {
                        K--;
                    }
                }
                else
                {
                    j = K;
                    if (Measure() == 1 && ConsonantVowelConsonant(K))
                    {
                        SetTo("e");
                    }
                }
            }
        }

        public void Step1c()
        {
            if (Ends("y") && VowelInStem())
            {
                B[K] = 'i';
            }
        }

        public void Step2()
        {
            switch (B[K - 1])
            {
                case 'a':
                    if (Ends("ational"))
                    {
                        ReplaceIfMeasured("ate");
                    }
                    else if (Ends("tional"))
                    {
                        ReplaceIfMeasured("tion");
                    }

                    break;
                case 'c':
                    if (Ends("enci"))
                    {
                        ReplaceIfMeasured("ence");
                    }
                    else if (Ends("anci"))
                    {
                        ReplaceIfMeasured("ance");
                    }

                    break;
                case 'e':
                    if (Ends("izer"))
                    {
                        ReplaceIfMeasured("ize");
                    }

                    break;
                case 'l':
                    if (Ends("bli"))
                    {
                        ReplaceIfMeasured("ble");
                    }
                    else if (Ends("alli"))
                    {
                        ReplaceIfMeasured("al");
                    }
                    else if (Ends("entli"))
                    {
                        ReplaceIfMeasured("ent");
                    }
                    else if (Ends("eli"))
                    {
                        ReplaceIfMeasured("e");
                    }
                    else if (Ends("ousli"))
                    {
                        ReplaceIfMeasured("ous");
                    }

                    break;
                case 'o':
                    if (Ends("ization"))
                    {
                        ReplaceIfMeasured("ize");
                    }
                    else if (Ends("ation"))
                    {
                        ReplaceIfMeasured("ate");
                    }
                    else if (Ends("ator"))
                    {
                        ReplaceIfMeasured("ate");
                    }

                    break;
                case 's':
                    if (Ends("alism"))
                    {
                        ReplaceIfMeasured("al");
                    }
                    else if (Ends("iveness"))
                    {
                        ReplaceIfMeasured("ive");
                    }
                    else if (Ends("fulness"))
                    {
                        ReplaceIfMeasured("ful");
                    }
                    else if (Ends("ousness"))
                    {
                        ReplaceIfMeasured("ous");
                    }

                    break;
                case 't':
                    if (Ends("aliti"))
                    {
                        ReplaceIfMeasured("al");
                    }
                    else if (Ends("iviti"))
                    {
                        ReplaceIfMeasured("ive");
                    }
                    else if (Ends("biliti"))
                    {
                        ReplaceIfMeasured("ble");
                    }

                    break;
                case 'g':
                    if (Ends("logi"))
                    {
                        ReplaceIfMeasured("log");
                    }

                    break;
            }
        }

        public void Step3()
        {
            switch (B[K])
            {
                case 'e':
                    if (Ends("icate"))
                    {
                        ReplaceIfMeasured("ic");
                    }
                    else if (Ends("ative"))
                    {
                        ReplaceIfMeasured("");
                    }
                    else if (Ends("alize"))
                    {
                        ReplaceIfMeasured("al");
                    }

                    break;
                case 'i':
                    if (Ends("iciti"))
                    {
                        ReplaceIfMeasured("ic");
                    }

                    break;
                case 'l':
                    if (Ends("ical"))
                    {
                        ReplaceIfMeasured("ic");
                    }
                    else if (Ends("ful"))
                    {
                        ReplaceIfMeasured("");
                    }

                    break;
                case 's':
                    if (Ends("ness"))
                    {
                        ReplaceIfMeasured("");
                    }

                    break;
            }
        }

        public void Step4()
        {
            if (K < 1)
            {
                return;
            }

            var matched = B[K - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && j >= 0 && B[j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (matched && Measure() > 1)
            {
                K = j;
            }
        }

        public void Step5()
        {
            j = K;
            if (B[K] == 'e')
            {
                var measure = Measure();
                if (measure > 1 || (measure == 1 && !ConsonantVowelConsonant(K - 1)))
                {
                    K--;
                }
            }

            if (B[K] == 'l' && DoubleConsonant(K) && Measure() > 1)
            {
                K--;
            }
        }
    }
}
