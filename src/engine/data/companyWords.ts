// Words that company names are made of, for splitting a squashed mail domain into a name people write:
// prairiemutual → "Prairie Mutual". Whitespace-separated; a word missing here is still split off when its neighbours
// are known (recipient.ts, splitDomainLabel).
export const COMPANY_WORDS = `
  health healthcare care medical med clinic clinics hospital hospitals pharma pharmacy bio biotech labs lab life
  sciences science dental vision therapy therapeutics wellness fitness nursing hospice diagnostics genomics vet
  bank banking capital credit union mutual trust financial finance fund funds invest investments investment asset
  assets wealth insurance insure assurance re partners partner advisors advisory associates holdings group global
  international national regional federal state city county metro council district
  tech technology technologies systems software soft data digital cloud net network networks web online analytics ai
  robotics dynamics devices electronics micro semi computing compute code labs logic cyber secure security
  solutions services service consulting consultants works workshop studio studios design designs creative media
  marketing brand brands agency agencies communications comms press publishing books news radio tv films pictures
  games gaming play music arts art gallery museum theatre theater
  logistics freight shipping cargo transport transit express delivery fleet motors motor auto automotive cars
  rail air airlines aviation aero space marine ports port harbour harbor ferry ferries lines trucking
  energy power solar wind electric gas oil petroleum utilities water waste green clean environmental earth
  food foods farm farms farming fresh organic kitchen bakery brewing brewery coffee tea wine wines spirits
  dairy meat grocers grocery market markets mart store stores shop shops retail supply supplies wholesale trading trade
  home homes house housing build builders building construction engineering engineers industries industrial
  manufacturing materials steel metal metals mining resources chemical chemicals plastics paper packaging textiles
  hotel hotels hospitality resorts travel tours foods restaurant restaurants cafe catering events
  school schools academy college university institute learning education edu kids child children youth
  legal law lawyers justice public policy research foundation charity society association alliance league club
  properties property realty estates estate land homes living community communities
  north south east west northern southern eastern western central pacific atlantic coast coastal mountain valley
  river lake bay bridge stone rock hill hills field fields wood woods forest garden gardens park harbor
  blue red green black white silver gold golden bright light sun star stars sky moon ocean sea
  first one prime summit peak apex core key true new next smart open clear pure blue big little united
  prairie harvest mill mills maple oak pine cedar willow birch iron copper
  people talent staffing careers career jobs work workforce hr recruit recruiting hire hiring
  company co corp inc limited ltd llc plc
  quill ledger pay payroll payments cash coin money lending loans mortgage
  mobile phone telecom wireless connect link links hub point path bridge gate way ways
`
  .split(/\s+/)
  .filter(Boolean);
