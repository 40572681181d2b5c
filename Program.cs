using System.Diagnostics;
using Graph.Articles; using Graph.Extraction; using Graph.Mappings; using Graph.Text;
var set = MappingLoader.LoadDirectory("/work/main/mappings", TextNormalizer.NormalizePhrase);
var m = CompiledMappings.Compile(set);
var files = Directory.GetFiles("/work/main/tests/devset/articles").Concat(Directory.GetFiles("/work/shared/seeds/articles")).Select(File.ReadAllBytes).ToList();
var texts = files.Select(b => ArticleDecoder.Decode(b).Text!).ToList();
long bytes = files.Sum(f => (long)f.Length);
var sw = new Stopwatch(); var t = new Dictionary<string,double>();
void T(string n, Action a){ sw.Restart(); a(); t[n]=t.GetValueOrDefault(n)+sw.Elapsed.TotalMilliseconds; }
var ex = new Extractor(m, new DateOnly(2026,11,21));
for (int rep=0; rep<30; rep++) {
 foreach (var (b,txt) in files.Zip(texts)) {
  T("decode", () => ArticleDecoder.Decode(b));
  CleanedPage page = null!; T("clean", () => page = m.Cleaner.Clean(txt));
  T("detect", () => LanguageDetector.Detect(page.Body));
  NormalizedText n = null!; T("normalize", () => n = TextNormalizer.Normalize(page.Body));
  var lang = LanguageDetector.Detect(page.Body);
  T("gazetteer", () => m.Gazetteer.Find(n.Text, lang));
  T("dates", () => m.DateFinder.Find(n.Text));
  T("split", () => SentenceSplitter.Split(n.Text));
  T("total", () => ex.Extract(new RawArticle("x.txt", b)));
 }
}
foreach (var (k,v) in t) Console.WriteLine($"{k,-10} {v,8:0} ms  {bytes*30/1e6/(v/1000),8:0.0} MB/s");
