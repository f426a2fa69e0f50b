namespace Wsgi.Reports;

/// <summary>The report's inline CSS and its one script.</summary>
public static partial class HtmlReport
{
    private const string Style = """
        :root{--pass:#dff3e3;--fail:#f9d6d5;--warn:#fcefc7;--info:#dde9f7;--unsupported:#eceff1;--error:#f0d9f4}
        body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:78rem;padding:0 1rem;color:#1b1b1b}
        h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ccc}h3{font-size:.95rem;margin:.8rem 0 .3rem}
        code,pre{font:12px/1.4 ui-monospace,DejaVu Sans Mono,monospace}
        pre{white-space:pre-wrap;word-break:break-all;background:#f7f7f7;border:1px solid #e3e3e3;padding:.5rem;max-height:24rem;overflow:auto;margin:.2rem 0}
        table{border-collapse:collapse;margin:.4rem 0}th,td{border:1px solid #d5d5d5;padding:.2rem .5rem;text-align:left;vertical-align:top}
        #counts td{text-align:right;min-width:3.5rem}#counts tr.total{font-weight:600}#counts td.zero{color:#aaa}
        .pass{background:var(--pass)}.fail{background:var(--fail)}.warn{background:var(--warn)}.info{background:var(--info)}
        .unsupported{background:var(--unsupported)}.error{background:var(--error)}
        .verdict{font-size:1.05rem;font-weight:600;padding:.4rem .7rem;border-radius:4px;display:inline-block}
        .badge{display:inline-block;min-width:5.6rem;text-align:center;font-weight:600;text-transform:uppercase;font-size:11px;border-radius:3px;padding:0 .3rem;margin-right:.4rem}
        .level{font-size:11px;color:#555;margin-right:.4rem;display:inline-block;min-width:4.6rem}
        .change{font-size:11px;font-weight:600;border-radius:3px;padding:0 .3rem;margin-left:.4rem}
        .change.regression{background:#b3261e;color:#fff}.change.fix{background:#1e7b34;color:#fff}.change.changed{background:#666;color:#fff}
        details.case{margin:.15rem 0;border-left:4px solid transparent;padding:.15rem .5rem}
        details.case.fail{border-color:#d93025}details.case.warn{border-color:#e8a300}details.case.error{border-color:#9c27b0}
        details.case.pass,details.case.info,details.case.unsupported{background:none}
        details.case>summary{cursor:pointer;list-style-position:outside}
        details.case>summary .msg{display:block;color:#555;font-size:12px;margin-left:6.4rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
        details.case[open]{background:#fcfcfc;border-top:1px solid #eee;border-bottom:1px solid #eee}
        #filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ccc;z-index:1}
        #filters label{margin-right:.7rem;white-space:nowrap}#filters input[type=search]{width:18rem}
        #shown{margin-left:.5rem;color:#555}
        blockquote{margin:.2rem 0 .4rem 1rem;color:#444;border-left:3px solid #ddd;padding-left:.6rem}
        dl#rules dt{margin-top:.5rem}[hidden]{display:none!important}
        :target{outline:2px solid #1a73e8}
        @media print{
          *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
          body{margin:0;max-width:none;font-size:11px}#filters{display:none}
          pre{max-height:none;overflow:visible}details.case{break-inside:avoid-page}
          a{color:inherit;text-decoration:none}h2{break-after:avoid}
          details.case>summary .msg{white-space:normal}
        }
        """;

    // Filters cases by outcome (checkboxes), by id (rule or case, substring) and, with a baseline,
    // to changes only. The query string sets them too (report.html?outcome=fail,warn&q=environ, and
    // open=fail,error or open=all to expand cases), which makes a filtered view a link and lets a
    // headless browser check the filter without typing.
    // window.wsgiReport.filter(outcomes, text) is the same for scripts. On print, the problem cases open.
    private const string Script = """
        (function(){
        var q=document.getElementById('q'),shown=document.getElementById('shown'),only=document.getElementById('only-changes');
        var boxes=[].slice.call(document.querySelectorAll('#filters input[data-outcome]'));
        var cases=[].slice.call(document.querySelectorAll('details.case')),groups=[].slice.call(document.querySelectorAll('section.group'));
        function apply(){
          var text=q.value.trim().toLowerCase(),on={},n=0,changes=only&&only.checked;
          boxes.forEach(function(b){on[b.getAttribute('data-outcome')]=b.checked;});
          cases.forEach(function(d){
            var c=d.getAttribute('data-change');
            var ok=on[d.getAttribute('data-outcome')]&&(text===''||d.getAttribute('data-search').indexOf(text)>=0)&&(!changes||(c!==null&&c!=='same'));
            d.hidden=!ok;if(ok){n++;}
          });
          groups.forEach(function(g){g.hidden=!g.querySelector('details.case:not([hidden])');});
          shown.textContent=n+' of '+cases.length+' cases shown';
        }
        function filter(outcomes,text){
          boxes.forEach(function(b){b.checked=!outcomes||outcomes.indexOf(b.getAttribute('data-outcome'))>=0;});
          q.value=text||'';apply();return shown.textContent;
        }
        q.addEventListener('input',apply);
        boxes.forEach(function(b){b.addEventListener('change',apply);});
        if(only){only.addEventListener('change',apply);}
        var params=new URLSearchParams(location.search);
        if(params.has('outcome')||params.has('q')){filter(params.has('outcome')?params.get('outcome').split(','):null,params.get('q'));}else{apply();}
        if(params.has('open')){var open=params.get('open').split(',');cases.forEach(function(d){
          if(open.indexOf('all')>=0||open.indexOf(d.getAttribute('data-outcome'))>=0){d.open=true;}});}
        function openTarget(){
          var t=location.hash?document.getElementById(decodeURIComponent(location.hash.slice(1))):null;
          if(t&&t.tagName==='DETAILS'){t.hidden=false;t.open=true;if(t.parentNode.hidden){t.parentNode.hidden=false;}}
        }
        window.addEventListener('hashchange',openTarget);openTarget();
        window.addEventListener('beforeprint',function(){cases.forEach(function(d){
          if(!d.open&&!d.hidden&&d.getAttribute('data-outcome')!=='pass'){d.open=true;d.setAttribute('data-print-opened','');}});});
        window.addEventListener('afterprint',function(){cases.forEach(function(d){
          if(d.hasAttribute('data-print-opened')){d.open=false;d.removeAttribute('data-print-opened');}});});
        window.wsgiReport={filter:filter,apply:apply};
        })();
        """;
}
