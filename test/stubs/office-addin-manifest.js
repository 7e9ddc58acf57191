// office-addin-mock imports office-addin-manifest only for OfficeApp; its ESM-only dependency
// cannot load under jest 30, so tests get this small stand-in.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
